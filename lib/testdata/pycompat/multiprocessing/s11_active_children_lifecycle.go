package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nap(t float64) {
	time.Sleep(time.Duration(t * float64(time.Second)))
}

func main() {
	multiprocessing.Main(nap)
	fmt.Println(pyList(multiprocessing.ActiveChildren()))
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: nap, Args: []any{0.3}, Name: fmt.Sprintf("nap-%d", i)})
	}
	for _, p := range ps {
		p.Start()
	}
	var names []string
	for _, p := range multiprocessing.ActiveChildren() {
		names = append(names, "'"+p.GetName()+"'")
	}
	sort.Strings(names)
	fmt.Println(pyStrs(names))
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(pyList(multiprocessing.ActiveChildren()))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
