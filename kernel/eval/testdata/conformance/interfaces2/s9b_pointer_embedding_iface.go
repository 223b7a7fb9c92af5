package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// counter has a pointer method; holder embeds *counter, so its value type
// has Inc in its method set; byValue embeds counter, so only *byValue has it.
type counter struct{ n int }

func (c *counter) Inc()           { c.n++ }
func (c *counter) String() string { return strings.Repeat("*", c.n) }

type incer interface{ Inc() }

type holder struct {
	*counter
	name string
}

type byValue struct {
	counter
}

type names struct {
	*sort.StringSlice
}

func main() {
	h := holder{&counter{}, "h"}
	var i incer = h
	i.Inc()
	i.Inc()
	var s fmt.Stringer = h
	fmt.Println(h.n, s, reflect.TypeOf(s))
	b := &byValue{}
	i = b
	i.Inc()
	s = b
	fmt.Println(b.n, s, reflect.TypeOf(s))
	_, ok := any(byValue{}).(fmt.Stringer)
	fmt.Println(ok)
	ss := sort.StringSlice{"pear", "apple", "fig"}
	n := names{&ss}
	sort.Sort(n)
	fmt.Println(ss, sort.IsSorted(n), reflect.TypeOf(sort.Interface(n)))
	defer func() { fmt.Println("recovered:", recover()) }()
	var nh holder
	s = nh
	fmt.Println(s.String())
}
