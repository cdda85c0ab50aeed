/* runtime.h: everything a program using the runtime includes.  Chapter 1,
 * and every later chapter adds its headers. */
#ifndef GC_RUNTIME_H
#define GC_RUNTIME_H

#include "account.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "dump.h"
//> 2 include_gc
#include "collect.h"
#include "gc.h"
#include "gc_list.h"
//< 2 include_gc
#include "instance.h"
#include "int.h"
#include "list.h"
#include "object.h"
#include "str.h"
#include "table.h"
//> 4 include_weakref
#include "callback.h"
#include "weakdict.h"
#include "weakref.h"
//< 4 include_weakref
//> 5 include_finalize
#include "finalize.h"
#include "weakfinalize.h"
//< 5 include_finalize
//> 7 include_objgraph
#include "objgraph.h"
//< 7 include_objgraph
//> 5 include_gen_view
#include "gen_view.h"
//< 5 include_gen_view

#endif
