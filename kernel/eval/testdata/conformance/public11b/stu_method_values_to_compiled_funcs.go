package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type Rot struct{ N int }

func (r Rot) Map(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+rune(r.N))%26
	}
	return c
}

type Filter struct{ banned map[string]bool }

func (f *Filter) Keep(s string) bool { return !f.banned[s] }

type Table struct {
	rows [][]string
	col  int
}

func (t *Table) Less(i, j int) bool    { return t.rows[i][t.col] < t.rows[j][t.col] }
func (t *Table) Cmp(a, b []string) int { return strings.Compare(a[t.col], b[t.col]) }

func main() {
	r := Rot{13}
	fmt.Println(strings.Map(r.Map, "hello, world"))
	fmt.Println(strings.Map(Rot{1}.Map, "abc"), string(Rot.Map(Rot{2}, 'a')))
	mapper := Rot.Map
	fmt.Println(string(mapper(Rot{3}, 'x')))

	f := &Filter{banned: map[string]bool{"spam": true, "ads": true}}
	words := []string{"news", "spam", "mail", "ads"}
	kept := slices.DeleteFunc(slices.Clone(words), func(s string) bool { return !f.Keep(s) })
	fmt.Println(kept, slices.IndexFunc(words, f.Keep))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper), strings.ContainsFunc("abc", unicode.IsUpper))

	t := &Table{rows: [][]string{{"b", "2"}, {"a", "3"}, {"c", "1"}}, col: 0}
	sort.Slice(t.rows, t.Less)
	fmt.Println(t.rows)
	t.col = 1
	slices.SortFunc(t.rows, t.Cmp)
	fmt.Println(t.rows)
	cmpFn := (*Table).Cmp
	fmt.Println(cmpFn(t, []string{"x", "1"}, []string{"y", "2"}))

	var fns []func(rune) rune
	for i := 1; i <= 3; i++ {
		fns = append(fns, Rot{i}.Map)
	}
	for _, fn := range fns {
		fmt.Print(strings.Map(fn, "az"), " ")
	}
	fmt.Println()
	up := strings.ToUpper
	pipeline := []func(string) string{strings.TrimSpace, up, func(s string) string { return strings.ReplaceAll(s, " ", "_") }}
	s := "  make it loud  "
	for _, p := range pipeline {
		s = p(s)
	}
	fmt.Println(s)
	byLen := func(a, b string) int { return len(a) - len(b) }
	fmt.Println(slices.MinFunc(words, byLen), slices.MaxFunc(words, byLen), slices.IsSortedFunc(words, byLen))
}
