package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	c := Counter{"c", 0}
	show := c.Show // receiver copied now
	inc := c.Inc   // &c captured
	inc()
	inc()
	fmt.Println(show(), c.Show())

	l := Logger{"[a] "}
	logf := l.Log
	l.prefix = "[b] "
	logf("bound earlier")
	l.Log("direct")

	// method expressions
	f := Counter.Show
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(c))

	// method values in a slice of funcs over a slice of values
	cs := []Counter{{"x", 1}, {"y", 2}}
	var shows []func() string
	var incs []func()
	for i := range cs {
		shows = append(shows, cs[i].Show)
		incs = append(incs, cs[i].Inc)
	}
	for _, f := range incs {
		f()
	}
	for i, f := range shows {
		fmt.Println(f(), cs[i].Show())
	}
	// interface method value
	var s fmt.Stringer = Temp(21.5)
	str := s.String
	s = Temp(30)
	fmt.Println(str(), s.String())
	// deferred method value with value receiver
	func() {
		t := Counter{"deferred", 1}
		defer fmt.Println(t.Show())
		defer t.Show()
		t.n = 99
	}()
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }
