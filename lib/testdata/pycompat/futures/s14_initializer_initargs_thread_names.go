package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	local threading.Local
	inits []string
	lock  threading.Lock
)

func initw(prefix string) {
	local.Set("tag", prefix+threading.CurrentThread().GetName())
	lock.Acquire()
	inits = append(inits, local.Get("tag").(string))
	lock.Release()
}

func tagged(x any) any {
	return fmt.Sprintf("%s:%d", local.Get("tag"), x)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "w", Initializer: func() { initw("job@") }}
	r, _ := ex.Map(tagged, []any{1, 2, 3})
	ex.Shutdown(true, false)
	var out []string
	for _, v := range r {
		out = append(out, "'"+v.(string)+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println("['" + strings.Join(inits, "', '") + "']")
}
