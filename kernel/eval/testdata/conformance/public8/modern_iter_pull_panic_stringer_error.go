package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

func boom(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if i == 2 {
				panic(fmt.Sprintf("iterator failed at %d", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

func pullPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pull: %v", r)
		}
	}()
	next, stop := iter.Pull(boom(5))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			return nil
		}
		fmt.Println("pulled", v)
	}
}

func bodyRecover() (out []string) {
	for i := range slices.Values([]int{1, 2, 3}) {
		func() {
			defer func() {
				if r := recover(); r != nil {
					out = append(out, fmt.Sprint("recovered ", r))
				}
			}()
			if i == 2 {
				panic("two")
			}
			out = append(out, fmt.Sprint("ok ", i))
		}()
	}
	return
}

type Status int

func (s Status) String() string { return "status" + fmt.Sprint(int(s)) }
func (s Status) Error() string  { return "error" + fmt.Sprint(int(s)) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func count(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	fmt.Println(pullPanics())
	fmt.Println(bodyRecover())
	fmt.Println(Status(3))
	fmt.Printf("%v %s %d %q\n", Status(4), Status(4), Status(4), Status(4))
	fmt.Printf("%v %.2f %s %5.1f\n", Temp(21.55), Temp(3), []Temp{1, 2}, Temp(7))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, true, false), fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	var errs []error
	for i := range count {
		errs = append(errs, fmt.Errorf("e%d", i))
	}
	fmt.Println(errors.Join(errs...))
	next, stop := iter.Pull(count)
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)
	var sb strings.Builder
	for i := range count {
		defer func() { sb.WriteString(fmt.Sprint(i)) }()
	}
	fmt.Println(sb.String() == "")
	type kv struct {
		k string
		v int
	}
	items := []kv{{"a", 1}, {"b", 2}}
	m := map[any]int{1: 1, "1": 2, 1.0: 3, kv{"a", 1}: 4, [2]int{1, 2}: 5}
	fmt.Println(m[1], m["1"], m[1.0], m[kv{"a", 1}], m[[2]int{1, 2}], len(m), items)
	var x any = Temp(3)
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	case float64:
		fmt.Println("float", v)
	}
	fn := Temp(5).String
	t := Temp(6)
	g := t.String
	t = 7
	fmt.Println(fn(), g(), t)
}
