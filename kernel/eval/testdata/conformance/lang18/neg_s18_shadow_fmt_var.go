package main

func main() {
	fmt := 3
	fmt.Println(fmt)
}
