package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Rating float64
	Tags   []string
}

type Cond interface {
	Match(v reflect.Value) (bool, error)
	String() string
}

type cmpCond struct {
	field, op string
	lit       string
}

type and []Cond
type or []Cond
type not struct{ c Cond }

func (c cmpCond) String() string { return c.field + c.op + strconv.Quote(c.lit) }
func (a and) String() string {
	s := make([]string, len(a))
	for i, c := range a {
		s[i] = c.String()
	}
	return "(" + strings.Join(s, " AND ") + ")"
}
func (o or) String() string {
	s := make([]string, len(o))
	for i, c := range o {
		s[i] = c.String()
	}
	return "(" + strings.Join(s, " OR ") + ")"
}
func (n not) String() string { return "NOT " + n.c.String() }

func (c cmpCond) Match(v reflect.Value) (bool, error) {
	f := v.FieldByName(c.field)
	if !f.IsValid() {
		return false, fmt.Errorf("no field %q", c.field)
	}
	var d int
	switch f.Kind() {
	case reflect.String:
		if c.op == "~" {
			return strings.Contains(strings.ToLower(f.String()), strings.ToLower(c.lit)), nil
		}
		d = strings.Compare(f.String(), c.lit)
	case reflect.Int:
		n, err := strconv.Atoi(c.lit)
		if err != nil {
			return false, fmt.Errorf("%s: %w", c.field, err)
		}
		d = int(f.Int()) - n
	case reflect.Float64:
		x, err := strconv.ParseFloat(c.lit, 64)
		if err != nil {
			return false, err
		}
		switch {
		case f.Float() < x:
			d = -1
		case f.Float() > x:
			d = 1
		}
	case reflect.Slice:
		if c.op != "~" {
			return false, fmt.Errorf("only ~ on %s", c.field)
		}
		for i := 0; i < f.Len(); i++ {
			if f.Index(i).String() == c.lit {
				return true, nil
			}
		}
		return false, nil
	}
	switch c.op {
	case "=":
		return d == 0, nil
	case "!=":
		return d != 0, nil
	case "<":
		return d < 0, nil
	case ">":
		return d > 0, nil
	case ">=":
		return d >= 0, nil
	}
	return false, fmt.Errorf("bad op %q", c.op)
}

func (a and) Match(v reflect.Value) (bool, error) {
	for _, c := range a {
		if ok, err := c.Match(v); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (o or) Match(v reflect.Value) (bool, error) {
	for _, c := range o {
		if ok, err := c.Match(v); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (n not) Match(v reflect.Value) (bool, error) {
	ok, err := n.c.Match(v)
	return !ok, err
}

func Where[T any](xs []T, c Cond) ([]T, error) {
	var out []T
	for _, x := range xs {
		ok, err := c.Match(reflect.ValueOf(x))
		if err != nil {
			return nil, fmt.Errorf("where %v: %w", c, err)
		}
		if ok {
			out = append(out, x)
		}
	}
	return out, nil
}

func titles(bs []Book) []string {
	var t []string
	for _, b := range bs {
		t = append(t, b.Title)
	}
	sort.Strings(t)
	return t
}

func main() {
	books := []Book{
		{"The Go Programming Language", "Donovan", 2015, 4.7, []string{"go", "programming"}},
		{"Concurrency in Go", "Cox-Buday", 2017, 4.5, []string{"go", "concurrency"}},
		{"SICP", "Abelson", 1985, 4.8, []string{"lisp", "classic"}},
		{"Clean Code", "Martin", 2008, 4.3, []string{"practice"}},
		{"Learning Go", "Bodner", 2021, 4.6, []string{"go"}},
	}
	queries := []Cond{
		cmpCond{"Tags", "~", "go"},
		and{cmpCond{"Tags", "~", "go"}, cmpCond{"Year", ">=", "2017"}},
		or{cmpCond{"Rating", ">", "4.75"}, cmpCond{"Author", "=", "Martin"}},
		not{cmpCond{"Title", "~", "GO"}},
		cmpCond{"Pages", ">", "100"},
		cmpCond{"Year", ">", "recent"},
		and{},
	}
	for _, q := range queries {
		res, err := Where(books, q)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-50v %v\n", q, titles(res))
	}
}
