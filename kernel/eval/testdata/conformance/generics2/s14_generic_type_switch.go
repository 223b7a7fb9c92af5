package main

import "fmt"

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func describe(x any) string {
	switch o := x.(type) {
	case Opt[int]:
		return fmt.Sprint("int opt ", o.v)
	case Opt[string]:
		return "string opt " + o.v
	case Opt[[]byte]:
		return "bytes opt"
	case Opt[error]:
		return "error opt"
	}
	return fmt.Sprintf("other %T", x)
}

func Of[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func main() {
	fmt.Println(describe(Some(1)), describe(Some("s")), describe(Some([]byte{})), describe(Opt[error]{}), describe(Some(1.5)))
	n, ok := Of[int](3)
	fmt.Println(n, ok)
	_, ok = Of[int64](3)
	fmt.Println(ok)
	o, ok := Of[Opt[int]](Some(2))
	fmt.Println(o.v, ok)
	_, ok = Of[Opt[uint]](Some(2))
	fmt.Println(ok)
	_, ok = Of[fmt.Stringer](Some(2))
	fmt.Println(ok)
}
