package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var d threading.Local
	for _, name := range []string{"a", "b", "c"} {
		d.Set(name, strings.ToUpper(name))
	}
	d.Delete("b")
	_, hasA := d.Lookup("a")
	_, hasB := d.Lookup("b")
	c, _ := d.Lookup("c")
	b, ok := d.Lookup("b")
	if !ok {
		b = "gone"
	}
	fmt.Println(pb(hasA), pb(hasB), c, b)
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		d.Delete("b")
	}()
	var th, after string
	w := func() {
		v, ok := d.Lookup("a")
		s := "None"
		if ok {
			s = "'" + v.(string) + "'"
		}
		th = fmt.Sprintf("(%s, %s)", pb(ok), s)
		d.Set("a", "mine")
		after = d.Get("a").(string)
	}
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Printf("{'thread': %s, 'after': '%s'} %s\n", th, after, d.Get("a"))
}
