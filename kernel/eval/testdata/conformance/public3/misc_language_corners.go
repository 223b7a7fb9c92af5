package main

import (
	"errors"
	"fmt"
	"strings"
)

type Handler func(string) (string, error)

func (h Handler) Then(next Handler) Handler {
	return func(s string) (string, error) {
		out, err := h(s)
		if err != nil {
			return "", err
		}
		return next(out)
	}
}

type IntList []int

func (l *IntList) Add(v ...int) *IntList { *l = append(*l, v...); return l }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Grid [2][2]int

func variadicAny(prefix string, args ...any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprintf("%v:%T", a, a)
	}
	return prefix + strings.Join(parts, ",")
}

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q, r = -1, -1
		}
	}()
	q, r = a/b, a%b
	return
}

func main() {
	trim := Handler(func(s string) (string, error) { return strings.TrimSpace(s), nil })
	nonEmpty := Handler(func(s string) (string, error) {
		if s == "" {
			return "", errors.New("empty")
		}
		return s, nil
	})
	upper := Handler(func(s string) (string, error) { return strings.ToUpper(s), nil })
	chain := trim.Then(nonEmpty).Then(upper)
	fmt.Println(chain("  go  "))
	fmt.Println(chain("   "))
	var l IntList
	l.Add(1, 2).Add(3).Add([]int{4, 5}...)
	fmt.Println(l, l.Sum(), len(l))
	a, b := Grid{{1, 2}, {3, 4}}, Grid{{1, 2}, {3, 4}}
	fmt.Println(a == b, a[1] == [2]int{3, 4})
	b[0][0] = 9
	fmt.Println(a == b, a, b)
	fmt.Println(variadicAny("v=", 1, "s", nil, 2.5, []int{1}, Grid{}))
	fmt.Println(variadicAny("none"))
	ifs := []any{1, "x"}
	fmt.Println(variadicAny("spread=", ifs...))
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(7, 0))
	ch := make(chan int, 1)
	for i := range 4 {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		case v := <-ch:
			fmt.Println("received", v)
		}
	}
	type kv struct {
		k string
		v int
	}
	m := map[kv][]string{{"a", 1}: {"x"}, {"b", 2}: nil}
	fmt.Println(len(m), m[kv{"a", 1}])
	var fn func() = nil
	fmt.Println(fn == nil)
	x := 10
	px := &x
	ppx := &px
	**ppx = 20
	fmt.Println(x, *px == **ppx)
	type Celsius float64
	temps := map[string]Celsius{"mon": 21.5}
	temps["mon"] += 1.25
	fmt.Println(temps)
	arr := [...]string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", arr, len(arr))
	s := []int{0, 1, 2, 3, 4, 5}
	s = s[1:4:5]
	fmt.Println(s, len(s), cap(s))
	const big = 1 << 40
	fmt.Println(big/(1<<30), float64(big)/3)
	str := "abc"
	bs := []byte(str)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
	goto end
end:
	fmt.Println("end")
}
