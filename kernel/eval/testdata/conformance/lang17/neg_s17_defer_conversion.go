package main

func main() {
	defer int(1)
}
