package main

type code int

func main() {
	defer func() {
		r := recover()
		panic(r.(code) + 1)
	}()
	panic(code(41))
}
