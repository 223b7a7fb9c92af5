package main

func main() {
	panic("plain message")
}
