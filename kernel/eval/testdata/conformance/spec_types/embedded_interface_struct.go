package main

import (
	"fmt"
	"sort"
)

type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Logger interface{ Log(string) }
type prefixLogger struct{ p string }

func (l prefixLogger) Log(s string) { fmt.Println(l.p + s) }

type Service struct {
	Logger
	name string
}

func main() {
	s := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(s)})
	fmt.Println(s)
	svc := Service{prefixLogger{"[svc] "}, "a"}
	svc.Log("started " + svc.name)
}
