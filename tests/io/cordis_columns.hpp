#pragma once
// The columns of CORDIS's participation tables that the import-projects tests share;
// each test maps the others it reads.

#include "ecosys/io/participation_table.hpp"

namespace ecosys::test {

/// Project rcn, organisation pic, country, start year and role.
inline ParticipationColumns cordis_columns() {
    ParticipationColumns c;
    c.project = "rcn";
    c.actor = "pic";
    c.region = "country";
    c.year = "start_year";
    c.role = "role";
    return c;
}

}  // namespace ecosys::test
