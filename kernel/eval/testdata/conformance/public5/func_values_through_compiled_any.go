package main

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
}

type ID int

func main() {
	fm := template.FuncMap{"total": func(items []Item) float64 { return float64(len(items)) }, "id": func(i ID) ID { return i + 1 }}
	f, ok := fm["total"].(func([]Item) float64)
	fmt.Println(ok)
	if ok {
		fmt.Println(f([]Item{{"a", 1}}))
	}
	g, ok := fm["id"].(func(ID) ID)
	fmt.Println(ok)
	if ok {
		fmt.Println(g(4))
	}
	fmt.Printf("%T\n", fm["total"])
	fmt.Println(reflect.TypeOf(fm["id"]))
	items := []Item{{"b", 2}, {"a", 1}}
	slices.SortFunc(items, func(x, y Item) int { return strings.Compare(x.Name, y.Name) })
	fmt.Println(items)
	sort.Slice(items, func(i, j int) bool { return items[i].Price > items[j].Price })
	fmt.Println(items)
	idx := slices.IndexFunc(items, func(it Item) bool { return it.Name == "a" })
	fmt.Println(idx)
	var m sync.Map
	m.Store("f", func(i Item) string { return i.Name })
	v, _ := m.Load("f")
	h := v.(func(Item) string)
	fmt.Println(h(Item{"zz", 0}))
	m.Range(func(k, v any) bool { fmt.Println(k); return true })
	ids := []ID{3, 1, 2}
	slices.SortFunc(ids, func(a, b ID) int { return int(a - b) })
	fmt.Println(ids, slices.ContainsFunc(ids, func(i ID) bool { return i == 2 }))
	rf := reflect.ValueOf(func(i ID) ID { return i * 2 })
	out := rf.Call([]reflect.Value{reflect.ValueOf(ID(21))})
	fmt.Println(out[0].Interface(), out[0].Type())
}
