package main

var init = 1

func main() {

}
