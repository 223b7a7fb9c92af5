package main

import "fmt"

func Convert[To, From any](xs []From, f func(From) To) []To {
	r := make([]To, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Zero[T any]() (z T) { return }

func Pair[K comparable, V any](k K, v V) struct {
	Key K
	Val V
} {
	return struct {
		Key K
		Val V
	}{k, v}
}

func Ptr[T any](v T) *T { return &v }

func main() {
	strs := Convert([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q\n", strs)
	fl := Convert[float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 3 })
	fmt.Printf("%.3f\n", fl)
	fmt.Printf("%v %q %v\n", Zero[int](), Zero[string](), Zero[*int]())
	p := Pair("k", 3.5)
	fmt.Printf("%+v %T\n", p, p)
	ip := Ptr(42)
	*ip++
	fmt.Println(*ip, *Ptr("s"))
}
