package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type Staff []Employee

func (s Staff) Len() int      { return len(s) }
func (s Staff) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type BySalary struct{ Staff }

func (b BySalary) Less(i, j int) bool { return b.Staff[i].Salary < b.Staff[j].Salary }

type ByDeptName struct{ Staff }

func (b ByDeptName) Less(i, j int) bool {
	if b.Staff[i].Dept != b.Staff[j].Dept {
		return b.Staff[i].Dept < b.Staff[j].Dept
	}
	return b.Staff[i].Name < b.Staff[j].Name
}

func names(s Staff) []string {
	var out []string
	for _, e := range s {
		out = append(out, e.Name)
	}
	return out
}

func main() {
	s := Staff{{"eve", "ops", 90}, {"bob", "dev", 70}, {"ann", "dev", 120}, {"dan", "ops", 60}, {"cat", "qa", 70}}
	sort.Sort(BySalary{s})
	fmt.Println(names(s))
	sort.Sort(sort.Reverse(BySalary{s}))
	fmt.Println(names(s))
	sort.Stable(ByDeptName{s})
	fmt.Println(names(s), sort.IsSorted(ByDeptName{s}), sort.IsSorted(BySalary{s}))
	var iface sort.Interface = BySalary{s}
	sort.Sort(iface)
	fmt.Println(names(s), iface.Len())
	i := sort.Search(len(s), func(i int) bool { return s[i].Salary >= 70 })
	fmt.Println(i, s[i].Name)
	r, found := sort.Find(len(s), func(i int) int { return 90 - s[i].Salary })
	fmt.Println(r, found)
}
