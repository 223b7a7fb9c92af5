package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Version struct {
	Major, Minor int
	Tag          string
}

func (v *Version) Compare(o *Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), strings.Compare(v.Tag, o.Tag))
}

func (v Version) Less(o Version) bool { return (&v).Compare(&o) < 0 }

func (v *Version) String() string { return fmt.Sprintf("%d.%d%s", v.Major, v.Minor, v.Tag) }

type Registry map[string][]*Version

func (r Registry) Latest(name string) *Version {
	vs := r[name]
	if len(vs) == 0 {
		return nil
	}
	return slices.MaxFunc(vs, (*Version).Compare)
}

func main() {
	vs := []*Version{{1, 2, ""}, {1, 10, "-rc1"}, {0, 9, ""}, {1, 10, ""}, {1, 2, "-beta"}}
	slices.SortFunc(vs, (*Version).Compare)
	fmt.Println(vs)
	i, found := slices.BinarySearchFunc(vs, &Version{1, 10, ""}, (*Version).Compare)
	fmt.Println(i, found)
	vals := []Version{{2, 0, ""}, {1, 0, ""}}
	slices.SortFunc(vals, func(a, b Version) int {
		if a.Less(b) {
			return -1
		}
		return 1
	})
	fmt.Println(vals[0].Major, vals[1].Major)
	less := Version.Less
	fmt.Println(less(Version{1, 0, ""}, Version{1, 1, ""}))
	r := Registry{"go": vs, "none": nil}
	fmt.Println(r.Latest("go"), r.Latest("none") == nil, r.Latest("x") == nil)
	cmpFn := (&Version{1, 2, ""}).Compare
	fmt.Println(slices.IndexFunc(vs, func(v *Version) bool { return cmpFn(v) == 0 }))
	fmt.Println(slices.IsSortedFunc(vs, (*Version).Compare), slices.CompactFunc(slices.Clone(vs), func(a, b *Version) bool { return a.Major == b.Major }))
}
