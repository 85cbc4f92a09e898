-- A decision may take the value a person of the same organisation chose for the same subject in an earlier run
-- (source LEARNED, decisions/DecisionLearning); learned_from names that run. A deleted run leaves the value and
-- forgets where it came from.
alter table decisions add column learned_from uuid references runs (id) on delete set null;

alter table decisions drop constraint decisions_source_check;
alter table decisions add constraint decisions_source_check
    check (source in ('SPEC', 'DEFAULT', 'HEURISTIC', 'MODEL', 'PERSON', 'LEARNED'));

-- The look-up of earlier people's choices: by the subject, case-insensitively, newest first.
create index decisions_person_subject_idx on decisions (kind, lower(subject), changed_at desc) where source = 'PERSON';
