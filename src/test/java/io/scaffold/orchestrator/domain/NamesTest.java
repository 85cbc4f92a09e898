package io.scaffold.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Test
    void entityGetsEveryForm() {
        assertThat(Names.entity("bank_account")).isEqualTo(new Name("bank_account", "BankAccount", "bankAccount",
                "bankAccounts", "bank_accounts", "bank-accounts", "Bank Account"));
        assertThat(Names.entity("BankAccount").sqlName()).isEqualTo("bank_accounts");
        assertThat(Names.entity("bank-account").className()).isEqualTo("BankAccount");
        assertThat(Names.entity("Bank Account").pathSegment()).isEqualTo("bank-accounts");
    }

    @ParameterizedTest
    @CsvSource({ "Order,    Order,       order,       orders,     orders",
            "Group,    Group,       group,       groups,     groups",
            "Select,   Select,      select,      selects,    selects",
            "User,     User,        user,        users,      users",
            "Person,   Person,      person,      people,     people",
            "Category, Category,    category,    categories, categories",
            "Class,    ClassEntity, classEntity, classes,    classes",
            "String,   StringEntity, string,     strings,    strings",
            "Package,  PackageEntity, packageEntity, packages, packages",
            "Record,   RecordEntity, recordEntity, records,  records",
            "Page,     PageEntity,  page,        pages,      pages",
            "Reference, Reference,  reference,   references, references_table", })
    void entityNamesAreSafe(String original, String className, String fieldName, String plural, String table) {
        Name name = Names.entity(original);
        assertThat(name.className()).isEqualTo(className);
        assertThat(name.fieldName()).isEqualTo(fieldName);
        assertThat(name.plural()).isEqualTo(plural);
        assertThat(name.sqlName()).isEqualTo(table);
    }

    @Test
    void explicitTableNameIsKeptButStillChecked() {
        assertThat(Names.entity("Order", "purchase_order").sqlName()).isEqualTo("purchase_order");
        assertThat(Names.entity("Order", "order").sqlName()).isEqualTo("order_table");
    }

    @ParameterizedTest
    @CsvSource({ "default, defaultValue, default_value, Default", "class,   classValue,   class_value,   Class",
            "package, packageValue, package_value, Package", "true,    trueValue,    true_value,    True",
            "var,     varValue,     var_value,     Var", "order,   order,        order_value,   Order",
            "from,    from,         from_value,    From", "to,      to,           to_value,      To",
            "select,  select,       select_value,  Select", "user,    user,         user_value,    User",
            "type,    type,         type,          Type", "value,   value,        value,         Value",
            "dueDate, dueDate,      due_date,      Due Date", "due_date, dueDate,     due_date,      Due Date",
            "httpURL, httpUrl,      http_url,      Http URL", "HTTPServer, httpServer, http_server,  HTTP Server",
            "address2, address2,    address2,      Address2",
            "address2Line, address2Line, address2_line, Address2 Line", })
    void fieldNamesAreSafe(String original, String fieldName, String column, String label) {
        Name name = Names.field(original);
        assertThat(name.fieldName()).isEqualTo(fieldName);
        assertThat(name.sqlName()).isEqualTo(column);
        assertThat(name.label()).isEqualTo(label);
        assertThat(name.original()).isEqualTo(original);
    }

    @Test
    void enumNamesAreSafe() {
        Name status = Names.enumType("TicketStatus");
        assertThat(status.className()).isEqualTo("TicketStatus");
        assertThat(status.sqlName()).isEqualTo("ticket_status");
        assertThat(Names.enumType("Process").className()).isEqualTo("ProcessType");
        assertThat(Names.enumType("Order").sqlName()).isEqualTo("order_type");
        assertThat(Names.enumConstant("inProgress")).isEqualTo("IN_PROGRESS");
        assertThat(Names.enumConstant("IN_PROGRESS")).isEqualTo("IN_PROGRESS");
    }

    @ParameterizedTest
    @CsvSource({ "person, people", "child, children", "category, categories", "status, statuses", "address, addresses",
            "analysis, analyses", "box, boxes", "leaf, leaves", "sheep, sheep", "series, series", "species, species",
            "day, days", "key, keys", "church, churches", "dish, dishes", "bus, buses", "order, orders",
            "photo, photos", "axis, axes",
            // already plural
            "orders, orders", "categories, categories", "people, people", "children, children", "addresses, addresses",
            "news, news", })
    void pluralizes(String singular, String plural) {
        assertThat(Names.pluralize(singular)).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource({ "people, person", "children, child", "categories, category", "statuses, status", "addresses, address",
            "analyses, analysis", "boxes, box", "leaves, leaf", "sheep, sheep", "orders, order",
            "warehouses, warehouse", "courses, course", "order, order", "status, status" })
    void singularizes(String plural, String singular) {
        assertThat(Names.singularize(plural)).isEqualTo(singular);
    }

    @Test
    void kebabAndCamelCaseForAnyName() {
        assertThat(Names.kebabCase("HealthPoints")).isEqualTo("health-points");
        assertThat(Names.kebabCase("Corner Shop")).isEqualTo("corner-shop");
        assertThat(Names.lowerCamel("BankAccount")).isEqualTo("bankAccount");
    }

    @ParameterizedTest
    @CsvSource({ "dueDate,       due_date", "BankAccount,   bank_account", "HTTPServer,    http_server",
            "address2Line,  address2_line", "aBCd,          a_b_cd", "bank-Account,  bank_account",
            "2fa,           2fa", })
    void snakeCaseSplitsWordsAsNamesDo(String original, String snake) {
        assertThat(Names.snakeCase(original)).isEqualTo(snake);
    }

    @Test
    void generatedNavigationFieldIsTypedByItsEntity() {
        Name field = Names.navigationField("projectTask", Names.entity("Project"));

        assertThat(field).isEqualTo(new Name("projectTask", "Project", "projectTask", "projectTasks", "project_task",
                "project-task", "Project"));
    }

    @Test
    void sqlIdentifiersPastPostgresLimitAreShortenedDeterministically() {
        String longName = "fk_" + "x".repeat(70);

        assertThat(Names.sqlIdentifier("fk_task_project_id")).isEqualTo("fk_task_project_id");
        assertThat(Names.sqlIdentifier(longName)).hasSize(63)
            .startsWith("fk_xxx")
            .isEqualTo(Names.sqlIdentifier(longName))
            .isNotEqualTo(Names.sqlIdentifier(longName + "y"));
    }

    @Test
    void applicationNamesGiveClassPrefixTitleAndDatabaseName() {
        assertThat(Names.applicationClassPrefix("bug-tracker")).isEqualTo("BugTracker");
        assertThat(Names.applicationClassPrefix("3d-shop")).isEqualTo("App3dShop");
        assertThat(Names.applicationTitle("bug-tracker")).isEqualTo("Bug Tracker");
        assertThat(Names.databaseName("Bug-Tracker")).isEqualTo("bug_tracker");
    }

    @Test
    void refusesNamesThatCannotBecomeIdentifiers() {
        assertThatThrownBy(() -> Names.entity(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> Names.field("2fa")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'2fa' must start with a letter");
        assertThatThrownBy(() -> Names.field("--")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("no letters");
    }

}
