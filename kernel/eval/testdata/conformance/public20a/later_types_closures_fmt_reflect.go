package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
)

var registry = map[string]func() Shape{
	"circle": func() Shape { return &Circle{R: 1} },
	"square": func() Shape { return Square{S: 2} },
}

var describe = func(s Shape) string {
	t := reflect.TypeOf(s)
	return fmt.Sprintf("%s kind=%s methods=%d area=%.2f", t, t.Kind(), t.NumMethod(), s.Area())
}

func main() {
	for _, name := range []string{"circle", "square"} {
		s := registry[name]()
		fmt.Println(describe(s))
		fmt.Println(s)
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", st.String())
		}
		var ar Areaer
		fmt.Println("areaer:", reflect.TypeOf(s).Implements(reflect.TypeOf(&ar).Elem()))
	}
	write := func(w io.Writer) {
		fmt.Fprintf(w, "%v|%+v|%s\n", Square{3}, &Circle{2}, Temp(21.5))
	}
	write(os.Stdout)
	var sb strings.Builder
	write(&sb)
	fmt.Print(strings.ToUpper(sb.String()))
	wrap := func(err error) error { return fmt.Errorf("ctx: %w", err) }
	err := wrap(ErrBadShape{"triangle"})
	var bs ErrBadShape
	fmt.Println(errors.As(err, &bs), bs.Name, errors.Is(err, ErrBadShape{"triangle"}))
	lw := func() *LogWriter { return &LogWriter{prefix: "log: "} }()
	fmt.Fprintln(lw, "written through closure-made writer")
	fmt.Fprintf(lw, "n=%d\n", 42)
	fmt.Print(lw.buf.String())
	var w io.Writer = lw
	_, isSW := w.(io.StringWriter)
	fmt.Println("StringWriter:", isSW)
	io.WriteString(w, "via WriteString\n")
	fmt.Print(lw.buf.String())
}

type Shape interface{ Area() float64 }
type Areaer interface{ Area() float64 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3.14159 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type ErrBadShape struct{ Name string }

func (e ErrBadShape) Error() string { return "bad shape " + e.Name }

type LogWriter struct {
	prefix string
	buf    strings.Builder
}

func (l *LogWriter) Write(p []byte) (int, error) {
	l.buf.WriteString(l.prefix)
	l.buf.Write(p)
	return len(p), nil
}

func (l *LogWriter) WriteString(s string) (int, error) {
	l.buf.WriteString("[ws]" + s)
	return len(s), nil
}
