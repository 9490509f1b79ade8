-- Name sorts use the Norwegian ICU collation (Æ, Ø, Å after Z); the list's index must use it too.
create index arrangor_navn_nb_idx on arrangor.arrangor ((navn collate "nb-NO-x-icu"), id);
