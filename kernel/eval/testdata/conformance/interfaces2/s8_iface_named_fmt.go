package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type Setter struct{ v int }

func (s *Setter) Set(n int) { s.v = n }
func (s *Setter) String() string {
	return "setter" + strconv.Itoa(s.v)
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var s fmt.Stringer = S(1)
	var t fmt.Stringer = T(1)
	fmt.Printf("%T %v %T %v %d %d\n", s, s, t, t, s, t)
	fmt.Println(s == t, s == fmt.Stringer(S(1)), t == fmt.Stringer(T(1)))
	ss := []fmt.Stringer{S(2), T(3), Celsius(4.5), &Setter{6}}
	for _, x := range ss {
		fmt.Printf("%T=%v ", x, x)
	}
	fmt.Println()
	fmt.Printf("%v %d\n", ss, ss[:2])
	var r any = &Setter{1}
	_, ok1 := r.(interface{ Set(string) })
	_, ok2 := r.(interface{ Set(int) })
	_, ok3 := r.(fmt.Stringer)
	fmt.Println(ok1, ok2, ok3)
	var st fmt.Stringer = &Setter{2}
	_, ok4 := st.(interface{ Set(string) })
	_, ok5 := st.(interface{ Set(int) })
	fmt.Println(ok4, ok5, st)
	keys := map[any]int{S(1): 1, T(1): 2, 1: 3, Celsius(1): 4}
	fmt.Println(len(keys), keys[S(1)], keys[T(1)], keys[1], keys[Celsius(1)])
	var e error = NotFound{"k"}
	fmt.Printf("%v|%s|%T|%+v|%#v\n", e, e, e, e, e)
	var nf NotFound
	fmt.Println(errors.As(fmt.Errorf("w: %w", e), &nf), nf.Key)
	var c fmt.Stringer = Celsius(21.5)
	var a any = c
	fmt.Printf("%T %v %.2f %T %v\n", c, c, c, a, a)
	var w io.Writer = upper{&strings.Builder{}}
	fmt.Printf("%T\n", w)
	var si sort.Interface = byLen{"ccc", "a", "bb"}
	sort.Sort(si)
	fmt.Printf("%v %T %d\n", si, si, si.Len())
}
