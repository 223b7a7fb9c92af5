// print and println of a single call with several results print every
// result, for plain, generic and compiled functions, also when deferred.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func lookup[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func as[T any](x any) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func main() {
	defer println(divmod(17, 5))
	println(divmod(7, 2))
	print(divmod(9, 4))
	print("\n")
	m := map[string]int{"a": 1}
	println(lookup(m, "a"))
	println(lookup(m, "z"))
	println(as[int](3))
	println(as[string](3))
	println(strconv.Atoi("42"))
	fmt.Println(as[float64](2.5))
}
