package widgets_test

import (
	"io"

	"github.com/gonotes/gonotes/lib/hook"
)

// hookStdout is where a notebook's fmt.Println writes.
func hookStdout() io.Writer { return hook.Stdout() }
