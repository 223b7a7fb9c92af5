package main

func main() {
	go string("x")
}
