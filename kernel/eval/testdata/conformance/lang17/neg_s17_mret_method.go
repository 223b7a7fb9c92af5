package main

type T struct{}

func (T) Name() string {
	if true {
		return "t"
	}
}

func main() {
	T{}.Name()
}
