package main

func f() int { return "a" }

func main() {
	f()
}
