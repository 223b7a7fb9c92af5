package main

import (
	"errors"
	"fmt"
	"sort"
)

type Key struct{ a, b int }

func (k Key) Error() string  { return fmt.Sprintf("key %d/%d", k.a, k.b) }
func (k Key) String() string { return fmt.Sprintf("K%d%d", k.a, k.b) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	byName := map[string]error{"k": Key{1, 2}, "c": Code(5), "std": errors.New("std")}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e := byName[n]
		var k Key
		fmt.Println(n, e, errors.Is(e, Key{1, 2}), errors.Is(e, Code(5)), errors.As(e, &k), k)
	}
	fmt.Println(byName)
	counts := map[error]int{}
	for _, e := range []error{Key{1, 2}, Code(5), Key{1, 2}, Code(6), Code(5), Code(5)} {
		counts[e]++
	}
	fmt.Println(len(counts), counts[Key{1, 2}], counts[Code(5)], counts[Code(6)], counts[Code(7)])
	_, ok := counts[Key{2, 1}]
	fmt.Println(ok)
	strs := map[fmt.Stringer]string{Key{3, 4}: "x"}
	fmt.Println(strs[Key{3, 4}], len(strs))
	for k, v := range strs {
		_, isErr := k.(error)
		fmt.Println(k, v, isErr)
	}
	delete(counts, Code(5))
	fmt.Println(len(counts), counts[Key{1, 2}], counts[Code(6)])
	j := errors.Join(byName["k"], byName["c"])
	fmt.Println(errors.Is(j, Key{1, 2}), errors.Is(j, Code(5)), errors.Is(j, Code(6)))
}
