package main

import "fmt"

type Vec [2]float64

func isVec(v any) bool {
	_, ok := v.(*Vec)
	return ok
}

type Holder struct{ v any }

func (h Holder) IsVec() bool {
	p, ok := h.v.(*Vec)
	return ok && p != nil
}

func Is[T any](v any) bool {
	_, ok := v.(*T)
	return ok
}

func main() {
	raw := [2]float64{1, 2}
	v := Vec{3, 4}
	fmt.Println(isVec(&raw), isVec(&v))
	fmt.Println(Holder{&raw}.IsVec(), Holder{&v}.IsVec())
	fmt.Println(Is[Vec](&raw), Is[Vec](&v), Is[[2]float64](&raw), Is[[2]float64](&v))
}
