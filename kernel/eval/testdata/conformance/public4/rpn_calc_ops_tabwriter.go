package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Op int

const (
	Add Op = iota
	Sub
	Mul
)

var opNames = map[Op]string{Add: "+", Sub: "-", Mul: "*"}

func (o Op) String() string { return opNames[o] }

type Calc struct {
	stack []float64
	trace strings.Builder
}

var ErrStack = errors.New("stack underflow")

func (c *Calc) Push(v float64) *Calc { c.stack = append(c.stack, v); return c }
func (c *Calc) Apply(o Op) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("apply %v: %w", o, err)
		}
	}()
	if len(c.stack) < 2 {
		return ErrStack
	}
	a, b := c.stack[len(c.stack)-2], c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-2]
	var r float64
	switch o {
	case Add:
		r = a + b
	case Sub:
		r = a - b
	case Mul:
		r = a * b
	default:
		return fmt.Errorf("unknown op %d", int(o))
	}
	fmt.Fprintf(&c.trace, "%g %v %g = %g\n", a, o, b, r)
	c.Push(r)
	return nil
}

func main() {
	c := &Calc{}
	c.Push(2).Push(3).Push(4)
	fmt.Println(c.Apply(Mul), c.Apply(Add), c.stack)
	err := c.Apply(Sub)
	fmt.Println(err, errors.Is(err, ErrStack))
	fmt.Println(c.Apply(Op(9)))
	c.Push(1)
	fmt.Println(c.Apply(Op(9)))
	fmt.Print(c.trace.String())
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "op\tname\tcode\t")
	for _, o := range []Op{Add, Sub, Mul} {
		fmt.Fprintf(w, "%v\t%s\t%d\t\n", o, strings.Repeat("x", int(o)+1), o)
	}
	w.Flush()
	fmt.Printf("%v %d %s %q\n", []Op{Mul, Add}, Mul, Sub, Add)
}
