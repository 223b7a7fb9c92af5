package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	es := []error{Both{3}, Code(1), Both{1}, Code(2)}
	fmt.Println(slices.Contains(es, error(Both{1})), slices.Contains(es, error(Both{9})), slices.Index(es, error(Code(2))))
	slices.SortFunc(es, func(a, b error) int { return cmp.Compare(a.Error(), b.Error()) })
	fmt.Println(es)
	idx := slices.IndexFunc(es, func(e error) bool { var b Both; return errors.As(e, &b) && b.n == 3 })
	fmt.Println(idx, es[idx])
	cp := slices.Clone(es)
	fmt.Println(slices.Equal(cp, es), cp)
	m := map[error]int{Both{1}: 1, Code(5): 5}
	keys := slices.Collect(maps.Keys(m))
	sort.Slice(keys, func(i, j int) bool { return keys[i].Error() < keys[j].Error() })
	fmt.Println(keys)
	ss := []fmt.Stringer{Both{2}, Both{1}}
	slices.SortFunc(ss, func(a, b fmt.Stringer) int { return strings.Compare(a.String(), b.String()) })
	fmt.Println(ss, slices.Contains(ss, fmt.Stringer(Both{2})))
	fmt.Println(slices.Compact([]error{Code(1), Code(1), Both{1}, Both{1}, Code(1)}))
	mm := maps.Clone(map[string]error{"a": Both{7}})
	fmt.Println(mm, mm["a"] == Both{7})
}
