package main

func main() {
	println("hello", 42, true)
	print("no newline", 1, "\n")
	println(3.5)
	var p *int
	println(p == nil)
}
