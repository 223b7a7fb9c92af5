package main

import (
	"fmt"
	"html"
)

func main() {
	// ExampleEscapeString
	{
		const s = `"Fran & Freddie's Diner" <tasty@example.com>`
		fmt.Println(html.EscapeString(s))
	}

	// ExampleUnescapeString
	{
		const s = `&quot;Fran &amp; Freddie&#39;s Diner&quot; &lt;tasty@example.com&gt;`
		fmt.Println(html.UnescapeString(s))
	}
}
