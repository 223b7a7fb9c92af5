package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type OrderedMap[K Ordered, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (om *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := om.m[k]; !ok {
		i, _ := slices.BinarySearch(om.keys, k)
		om.keys = slices.Insert(om.keys, i, k)
	}
	om.m[k] = v
}

func (om *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := om.m[k]
	return v, ok
}

func (om *OrderedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(om.keys, k)
	if !found {
		return false
	}
	om.keys = slices.Delete(om.keys, i, i+1)
	delete(om.m, k)
	return true
}

func (om *OrderedMap[K, V]) Range(lo, hi K, f func(K, V)) {
	i, _ := slices.BinarySearch(om.keys, lo)
	for ; i < len(om.keys) && om.keys[i] < hi; i++ {
		f(om.keys[i], om.m[om.keys[i]])
	}
}

func (om *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	for i, k := range om.keys {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%v: %v", k, om.m[k])
	}
	return sb.String() + "}"
}

type Version uint16
type Name string

func MaxKey[K Ordered, V any](om *OrderedMap[K, V]) (K, bool) {
	var zero K
	if len(om.keys) == 0 {
		return zero, false
	}
	return om.keys[len(om.keys)-1], true
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return min(max(x, lo), hi) }

func main() {
	om := NewOrderedMap[Version, string]()
	for _, v := range []Version{12, 3, 7, 100, 7, 1} {
		om.Set(v, fmt.Sprintf("v%d", v))
	}
	fmt.Println(om)
	om.Range(3, 13, func(k Version, v string) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	fmt.Println(om.Delete(7), om.Delete(8), om)
	k, ok := MaxKey(om)
	fmt.Println(k, ok)

	names := NewOrderedMap[Name, []int]()
	names.Set("zed", []int{1})
	names.Set("amy", nil)
	names.Set("bob", []int{2, 3})
	fmt.Println(names)
	v, ok := names.Get("amy")
	fmt.Println(v == nil, ok)
	_, ok = MaxKey(NewOrderedMap[float64, bool]())
	fmt.Println(ok)
	fmt.Println(Clamp(15, 0, 10), Clamp("m", "a", "f"), Clamp(-2.5, -1, 1), Clamp(Name("q"), "b", "z"))
}
