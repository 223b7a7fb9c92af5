package main

import "fmt"

type K struct{ n int }

func (k K) Error() string  { return fmt.Sprintf("kerr%d", k.n) }
func (k K) String() string { return fmt.Sprintf("kstr%d", k.n) }

type Code int

func (c Code) Error() string  { return fmt.Sprintf("cerr%d", int(c)) }
func (c Code) String() string { return fmt.Sprintf("cstr%d", int(c)) }

func main() {
	m := map[K]int{{1}: 1, {2}: 2}
	fmt.Println(m)
	mc := map[Code]Code{1: 10, 2: 20}
	fmt.Println(mc)
	fmt.Printf("%v %d %s\n", mc, mc, mc)
	ms := map[fmt.Stringer]int{Code(3): 3}
	fmt.Println(ms)
	me := map[error]string{Code(4): "four"}
	fmt.Println(me)
	type S struct{ M map[string]fmt.Stringer }
	fmt.Printf("%v %+v\n", S{map[string]fmt.Stringer{"a": K{5}}}, S{map[string]fmt.Stringer{"a": Code(6)}})
	arr := [2]K{{7}, {8}}
	fmt.Println(arr, []Code{9})
	p := &K{10}
	fmt.Println(p, []*K{p}[0])
}
