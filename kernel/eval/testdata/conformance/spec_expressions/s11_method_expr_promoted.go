// Method expressions of methods promoted from embedded fields (a value,
// a pointer, two levels deep), as values and called directly, with value
// and pointer receivers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter int

func (c Counter) Show() string { return fmt.Sprint("count=", int(c)) }
func (c *Counter) Inc(by int)  { *c += Counter(by) }

type Named struct{ Name string }

func (n Named) Hello(greeting string) string { return greeting + ", " + n.Name }

type Item struct {
	Named
	Counter
}

type Box struct{ *Item }

type Deep struct{ Box }

func main() {
	show := Item.Show
	fmt.Println(show(Item{Counter: 3}))
	hello := Item.Hello
	fmt.Println(hello(Item{Named: Named{"ann"}}, "hi"))
	fmt.Println(Item.Hello(Item{Named: Named{"bob"}}, "hey"))

	inc := (*Item).Inc
	it := &Item{Counter: 1}
	inc(it, 5)
	(*Item).Inc(it, 10)
	fmt.Println(it.Counter, (*Item).Show(it))

	b := Box{&Item{Named: Named{"box"}, Counter: 2}}
	fmt.Println(Box.Show(b), Box.Hello(b, "yo"))
	Box.Inc(b, 40)
	fmt.Println(b.Counter)

	d := Deep{b}
	fmt.Println(Deep.Hello(d, "deep"), (*Deep).Show(&d))

	anon := struct{ Counter }.Show
	fmt.Println(anon(struct{ Counter }{7}), struct{ Named }.Hello(struct{ Named }{Named{"x"}}, "anon"))

	items := []Item{{Named{"c"}, 3}, {Named{"a"}, 1}, {Named{"b"}, 2}}
	sort.Slice(items, func(i, j int) bool { return items[i].Counter < items[j].Counter })
	var out []string
	for _, f := range []func(Item) string{Item.Show, func(i Item) string { return Item.Hello(i, "hi") }} {
		for _, i := range items {
			out = append(out, f(i))
		}
	}
	fmt.Println(strings.Join(out, "; "))
}
