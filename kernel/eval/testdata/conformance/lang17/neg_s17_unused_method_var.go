package main

type T struct{}

func (T) M() {
	count := 0
}

func main() {
	T{}.M()
}
