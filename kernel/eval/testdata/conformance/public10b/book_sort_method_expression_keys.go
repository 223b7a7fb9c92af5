package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
	City  string
}

func (s Student) byGrade(o Student) int { return o.Grade - s.Grade }
func (s Student) byName(o Student) int {
	switch {
	case s.Name < o.Name:
		return -1
	case s.Name > o.Name:
		return 1
	}
	return 0
}
func (s Student) byAge(o Student) int { return s.Age - o.Age }

type keyed struct {
	xs   []Student
	keys []func(Student, Student) int
}

func (k keyed) Len() int      { return len(k.xs) }
func (k keyed) Swap(i, j int) { k.xs[i], k.xs[j] = k.xs[j], k.xs[i] }
func (k keyed) Less(i, j int) bool {
	for _, key := range k.keys {
		if c := key(k.xs[i], k.xs[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func orderBy(xs []Student, keys ...func(Student, Student) int) {
	sort.Sort(keyed{xs, keys})
}

func show(title string, xs []Student) {
	fmt.Println(title)
	for _, s := range xs {
		fmt.Printf("  %-6s %3d %2d %s\n", s.Name, s.Grade, s.Age, s.City)
	}
}

func main() {
	class := []Student{
		{"Mia", 90, 20, "Oslo"}, {"Leo", 85, 22, "Rome"}, {"Ava", 90, 19, "Oslo"},
		{"Zoe", 70, 20, "Lima"}, {"Eli", 85, 19, "Rome"}, {"Ivy", 90, 20, "Lima"},
	}
	orderBy(class, Student.byGrade, Student.byName)
	show("grade desc, name:", class)
	orderBy(class, Student.byAge, Student.byGrade, Student.byName)
	show("age, grade desc, name:", class)
	byCity := func(a, b Student) int {
		if a.City == b.City {
			return 0
		}
		if a.City < b.City {
			return -1
		}
		return 1
	}
	orderBy(class, byCity, Student.byName)
	show("city, name:", class)
	first := class[0]
	cmpTo := first.byGrade
	fmt.Println(cmpTo(class[1]), cmpTo(first), fmt.Sprintf("%T", Student.byGrade))
}
