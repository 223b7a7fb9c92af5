package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return fmt.Sprint("slice of T ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int64

func (i ID) String() string { return fmt.Sprintf("ID-%d", int64(i)) }

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Insert[T Number](t *Tree[T], v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

func main() {
	fmt.Println(Describe(3), Describe("s"), Describe(ID(7)), Describe(2.5))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, ID]([]float64{1.9, -2.9}))
	var root *Tree[float64]
	for _, v := range []float64{5, 3, 8, 1, 4} {
		root = Insert(root, v)
	}
	root.Walk(func(v float64) { fmt.Print(v, " ") })
	fmt.Println()
}
