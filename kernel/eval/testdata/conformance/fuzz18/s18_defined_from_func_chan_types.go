package main

import "fmt"

// Defined types of defined (and instantiated generic) func and channel
// types: type F2 F1 and type IntFn Fn[int] are func types without F1's or
// Fn[int]'s methods, callable; type IntCh Ch[int] is a channel type that
// values are sent on. A value of F2 could not be called ("too many
// arguments in call to g") and a send on an IntCh converted the value to
// the channel type (reflect.Value.Convert panicked). Slices, maps and
// structs defined so are checked alongside.
type List[T any] []T

func (l List[T]) Len() int       { return len(l) }
func (l *List[T]) Push(v T)      { *l = append(*l, v) }
func (l List[T]) String() string { return fmt.Sprintf("L%d%v", len(l), []T(l)) }

type IntList List[int]

type Fn[T any] func(T) T

func (f Fn[T]) Twice(x T) T { return f(f(x)) }

type IntFn Fn[int]

type Ch[T any] chan T

func (c Ch[T]) Put(v T) { c <- v }

type IntCh Ch[int]

type M[K comparable, V any] map[K]V

func (m M[K, V]) Get(k K) V { return m[k] }

type SM M[string, int]

type Vec[T any] = []T

type AL = List[string]

type Fwd Later

type Later struct{ X int }

type F1 func(int) int
type F2 F1
type C1 chan string
type C2 C1

func (l Later) Show() string { return fmt.Sprint("later", l.X) }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	il := IntList(l)
	il = append(il, 3)
	var x any = il
	_, hasLen := x.(interface{ Len() int })
	_, isStr := x.(fmt.Stringer)
	fmt.Println(l, il, hasLen, isStr, l.Len())
	fmt.Printf("%T %T %v\n", l, il, List[int](il))

	f := Fn[int](func(x int) int { return x * 3 })
	g := IntFn(f)
	var y any = g
	_, hasTwice := y.(interface{ Twice(int) int })
	fmt.Println(f.Twice(2), g(2), hasTwice, Fn[int](g).Twice(1))
	fmt.Printf("%T %T\n", f, g)

	c := make(Ch[int], 2)
	c.Put(4)
	ic := IntCh(c)
	ic <- 5
	var z any = ic
	_, hasPut := z.(interface{ Put(int) })
	fmt.Println(<-c, <-ic, hasPut)
	fmt.Printf("%T %T\n", c, ic)

	m := M[string, int]{"a": 1}
	sm := SM(m)
	sm["b"] = 2
	var w any = sm
	_, hasGet := w.(interface{ Get(string) int })
	fmt.Println(m.Get("b"), len(sm), hasGet)
	fmt.Printf("%T %T\n", m, sm)

	v := Vec[int]{1, 2}
	var vv []int = v
	al := AL{"x"}
	al.Push("y")
	fmt.Printf("%T %v %T %v %v\n", v, vv, al, al, al.Len())

	fw := Fwd{7}
	var fa any = fw
	_, hasShow := fa.(interface{ Show() string })
	fmt.Println(fw, hasShow, Later(fw).Show())
	fmt.Printf("%T\n", fw)

	h := F2(func(x int) int { return x + 1 })
	var hf F1 = F1(h)
	_, isF1 := any(h).(F1)
	fmt.Println(h(2), hf(h(3)), isF1)
	fmt.Printf("%T %T\n", h, hf)
	c2 := make(C2, 1)
	c2 <- "s"
	var r <-chan string = c2
	fmt.Println(<-r, len(c2), cap(c2))
	fmt.Printf("%T\n", c2)
	func() {
		type L Fn[string]
		type LC Ch[bool]
		k := L(func(s string) string { return s + s })
		lc := make(LC, 1)
		lc <- true
		fmt.Println(k("a"), <-lc)
		fmt.Printf("%T %T\n", k, lc)
	}()
}
