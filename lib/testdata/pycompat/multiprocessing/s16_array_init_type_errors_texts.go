package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func repr(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + x + "'"
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, repr(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main()
	for _, c := range []struct {
		tc   string
		init any
	}{{"i", "abc"}, {"d", "xy"}, {"i", 2.5}, {"i", []any{1, "a"}}, {"d", []any{"x"}}, {"i", -1}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
					fmt.Println(c.tc, repr(c.init), kind, msg)
				}
			}()
			a := multiprocessing.NewArray(c.tc, c.init)
			fmt.Println(repr(a.Slice()))
		}()
	}
	u := multiprocessing.NewArray("u", "hé")
	ch := multiprocessing.NewArray("c", []byte("hi"))
	d := multiprocessing.NewArray("d", 2)
	var ds []string
	for _, v := range d.Slice() {
		ds = append(ds, fmt.Sprintf("%.1f", v))
	}
	fmt.Printf("%s b'%s' [%s]\n", u.Text(), ch.Raw(), strings.Join(ds, ", "))
}
