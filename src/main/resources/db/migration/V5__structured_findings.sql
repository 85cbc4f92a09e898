-- Gate findings became structured (rule id, criterion, severity, file, line, message,
-- suggested action, proposed decision change). Findings recorded before are plain strings;
-- they keep their text as the message under the rule id LEGACY-FINDING.
update gate_evaluations g
set criteria = (
    select coalesce(jsonb_agg(
        case when jsonb_typeof(c -> 'findings') = 'array' then
            jsonb_set(c, '{findings}', coalesce((
                select jsonb_agg(
                    case when jsonb_typeof(f) = 'string' then
                        jsonb_build_object('ruleId', 'LEGACY-FINDING', 'criterion', c ->> 'name',
                                           'severity', 'MAJOR', 'file', null, 'line', null,
                                           'message', f #>> '{}',
                                           'suggestedAction', 'see the message',
                                           'proposedChange', null)
                    else f end
                    order by fo)
                from jsonb_array_elements(c -> 'findings') with ordinality as fs(f, fo)), '[]'::jsonb))
        else c end
        order by co), '[]'::jsonb)
    from jsonb_array_elements(g.criteria) with ordinality as cs(c, co))
where jsonb_typeof(g.criteria) = 'array';

-- Why the verdict DMN decided as it did (e.g. "rework cannot change the output").
alter table gate_evaluations add column reason text;
