package main

func half() int { return 0.5 }

func main() {
	half()
}
