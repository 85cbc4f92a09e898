package io.scaffold.orchestrator.domain;

/**
 * One name in every form the generators need, already made safe: Java keywords and
 * clashes with {@code java.lang} types, and SQL reserved words, are resolved here, once,
 * so that no generator has to escape anything.
 *
 * @param original as written in the input, e.g. {@code Order}, {@code default},
 * {@code bank_account}
 * @param className Java type name, e.g. {@code Order}, {@code BankAccount}
 * @param fieldName Java field/variable name, e.g. {@code order}, {@code defaultValue}
 * @param plural plural Java field name, e.g. {@code orders}, {@code categories},
 * {@code people}
 * @param sqlName SQL table (entities) or column (fields) name in snake case, plural for
 * tables, e.g. {@code bank_accounts}, {@code due_date}
 * @param pathSegment REST path segment in kebab-case plural, e.g. {@code bank-accounts}
 * @param label human label, e.g. {@code Bank Account}
 */
public record Name(String original, String className, String fieldName, String plural, String sqlName,
        String pathSegment, String label) {
}
