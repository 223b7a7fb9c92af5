package main

import (
	"errors"
	"fmt"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type MyStringer interface{ String() string }

type E struct{ code int }

func (e E) Error() string  { return "E" + strconv.Itoa(e.code) }
func (e E) String() string { return "e" + strconv.Itoa(e.code) }

type W struct {
	Name string
	S    fmt.Stringer
}

func main() {
	var mine MyStringer = S(1)
	var comp fmt.Stringer = S(1)
	var a any = S(1)
	fmt.Println(any(mine) == any(comp), any(comp) == a, a == any(mine), comp == mine)
	var other fmt.Stringer = T(1)
	fmt.Println(any(mine) == any(other), comp == other)

	var es fmt.Stringer = E{4}
	var ee error = E{4}
	fmt.Println(any(es) == any(ee), es == fmt.Stringer(E{4}), ee == error(E{4}), errors.Is(ee, E{4}))

	ch := make(chan fmt.Stringer, 3)
	ch <- S(2)
	ch <- T(2)
	ch <- comp
	close(ch)
	for v := range ch {
		_, isS := v.(S)
		fmt.Printf("%v %T %v %v\n", v, v, isS, v == comp)
	}

	w := W{"w", S(5)}
	w2 := W{"w", S(5)}
	fmt.Println(w == w2, w.S == S(5), w.S == fmt.Stringer(T(5)))
	w.S = T(5)
	fmt.Println(w == w2, w.S)
	ws := map[W]int{w: 1, w2: 2}
	fmt.Println(len(ws), ws[W{"w", T(5)}])

	fn := func() fmt.Stringer { return S(8) }
	fmt.Println(fn() == fmt.Stringer(S(8)), fn())
	var sl []fmt.Stringer
	sl = append(sl, S(1), T(1), comp)
	fmt.Println(sl[0] == sl[2], sl[0] == sl[1], len(sl))
}
