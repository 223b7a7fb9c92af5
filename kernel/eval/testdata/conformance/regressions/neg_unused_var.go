package main

func f() {
	x := 5
}

func main() {
	f()
}
