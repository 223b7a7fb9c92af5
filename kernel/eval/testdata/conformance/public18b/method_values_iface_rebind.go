package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " woofs" }

type Cat struct{ name string }

func (c *Cat) Speak() string   { return c.name + " meows" }
func (c *Cat) Rename(n string) { c.name = n }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Chain []func(string) string

func (ch Chain) Apply(s string) string {
	for _, f := range ch {
		s = f(s)
	}
	return s
}

func main() {
	var sp Speaker = Dog{"rex"}
	f := sp.Speak
	sp = &Cat{"tom"}
	g := sp.Speak
	fmt.Println(f(), g())
	cat := &Cat{"kit"}
	h := cat.Speak
	cat.Rename("kat")
	fmt.Println(h())
	d := Dog{"fido"}
	dv := d.Speak
	d.name = "changed"
	fmt.Println(dv(), d.Speak())
	c := Counter{}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	cs := []Counter{{}, {}}
	incs := []func() int{cs[0].Inc, cs[1].Inc, cs[0].Inc}
	for _, f := range incs {
		f()
	}
	fmt.Println(cs)
	ch := Chain{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	fmt.Println(ch.Apply("  hi  "))
	apply := ch.Apply
	ch[2] = strings.ToLower
	fmt.Println(apply(" X "))
	exprs := []func(Dog) string{Dog.Speak, func(d Dog) string { return "lambda " + d.name }}
	for _, e := range exprs {
		fmt.Println(e(Dog{"z"}))
	}
	speak := Speaker.Speak
	fmt.Println(speak(Dog{"i"}), speak(&Cat{"j"}))
	var fs fmt.Stringer
	fmt.Println(fs == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilSp Speaker
	bad := nilSp.Speak
	fmt.Println("not reached", bad())
}
