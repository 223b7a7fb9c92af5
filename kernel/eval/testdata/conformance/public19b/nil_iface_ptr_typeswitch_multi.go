package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"boom"}
	}
	return p
}

func properFail(fail bool) error {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (s *Sq) Area() float64 {
	if s == nil {
		return -1
	}
	return s.s * s.s
}
func (c Circ) Area() float64 { return 3 * c.r * c.r }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64, int8:
		return fmt.Sprintf("int-ish %T %v", x, x)
	case string, []byte:
		return fmt.Sprintf("text %T %v", x, x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case *Sq:
		return "sq " + strconv.FormatFloat(x.Area(), 'f', 1, 64)
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func ", x())
	case []any:
		s := ""
		for _, e := range x {
			s += classify(e) + ";"
		}
		return "list[" + s + "]"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	e1 := mayFail(false)
	e2 := properFail(false)
	fmt.Println(e1 == nil, e2 == nil, e1 != nil)
	fmt.Println(e1.Error())
	fmt.Printf("%v %T\n", e1, e1)
	var me *MyErr
	fmt.Println(errors.As(e1, &me), me == nil)
	var sp *Sq
	var sh Shape = sp
	fmt.Println(sh == nil, sh.Area(), sh != nil)
	sh = nil
	fmt.Println(sh == nil)
	vals := []any{nil, 3, int64(4), int8(-1), uint(5), "hi", []byte("b"), errors.New("e"), name("n"), (*Sq)(nil), &Sq{2}, Circ{1},
		func() int { return 7 }, []any{1, "x", nil}, 2.5, e1, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i any = (*int)(nil)
	fmt.Println(i == nil, i.(*int) == nil)
	_, ok := i.(fmt.Stringer)
	fmt.Println(ok)
	var s fmt.Stringer
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		_ = s.String()
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x any = "str"
		_ = x.(int)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x any
		_ = x.(int)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x any = Circ{1}
		_ = x.(fmt.Stringer)
	}()
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x Shape = Circ{1}
		_ = x.(*Sq)
	}()
	var a, b any = 1, 1
	var c any = int64(1)
	fmt.Println(a == b, a == c, any(Circ{1}) == any(Circ{1}), any(&Sq{1}) == any(&Sq{1}))
	func() {
		defer func() { fmt.Println("recover:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
}
