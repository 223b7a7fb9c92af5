package main

import /* the package */ "fmt"

/*
A block comment
spanning lines.
*/

func add(a /* first */, b int /* second */) int { // trailing
	return a /* plus */ + b
}

func main() {
	// A line comment ends the line: the newline inserts a semicolon.
	x := add(1, 2) /* block */
	fmt.Println(x) /* multi
	line */
	fmt.Println("// not a comment", "/* nor this */")
}
